import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PeopleModule } from '../people/people.module';
import { PairingController } from './pairing.controller';
import { PairingService } from './pairing.service';
import { DevicesController } from './devices.controller';
import { DevicesService } from './devices.service';

@Module({
  imports: [PeopleModule, AuthModule],
  controllers: [DevicesController, PairingController],
  providers: [DevicesService, PairingService],
  exports: [DevicesService],
})
export class DevicesModule {}
