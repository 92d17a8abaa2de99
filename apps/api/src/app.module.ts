import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config/config';
import { HealthModule } from './modules/health/health.module';
import { ProgrammesModule } from './modules/programmes/programmes.module';
import { ProgrammesService } from './modules/programmes/programmes.service';

/** The application, on a DataSource already connected and migrated (see database/open-database.ts). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [ProgrammesModule],
          inject: [ProgrammesService],
          useFactory: (programmes: ProgrammesService) => ({
            autoSchemaFile: true,
            sortSchema: true,
            introspection: !config.production,
            playground: false,
            context: ({ req }: { req: Request }) => ({ req, loaders: programmes.createLoaders() }),
          }),
        }),
        HealthModule,
        ProgrammesModule,
      ],
    };
  }
}
