import { Module } from '@nestjs/common';
import { PlacesController } from './places.controller';

/** The gazetteer of French towns behind travel estimates (ADR 0014). */
@Module({ controllers: [PlacesController] })
export class GeoModule {}
