import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MyPeopleController, PeopleController } from './people.controller';
import { PeopleService } from './people.service';

@Module({
  imports: [AuthModule],
  controllers: [PeopleController, MyPeopleController],
  providers: [PeopleService],
  exports: [PeopleService],
})
export class PeopleModule {}
