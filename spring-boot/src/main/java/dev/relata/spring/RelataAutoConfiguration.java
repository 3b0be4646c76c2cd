package dev.relata.spring;

import com.zaxxer.hikari.HikariDataSource;
import dev.relata.runtime.ReadReplica;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.env.Environment;

/**
 * Relata in a Spring Boot application: every generated DAO and loader a bean on Boot's {@link
 * DSLContext} (so that their statements join Spring's transactions), the schema validated or
 * created at startup ({@code relata.schema}), and a read replica from {@code
 * relata.read-replica.*}. See {@link RelataProperties}.
 */
@AutoConfiguration(after = JooqAutoConfiguration.class)
@ConditionalOnBean(DSLContext.class)
@EnableConfigurationProperties(RelataProperties.class)
@ImportRuntimeHints(RelataRuntimeHints.class)
public class RelataAutoConfiguration {

  /** The bean that validates or creates the schema; every DAO bean depends on it. */
  static final String SCHEMA_BEAN = "relataSchema";

  /** Creates the auto-configuration; Spring Boot does. */
  public RelataAutoConfiguration() {}

  /** Registers the DAOs and loaders of {@code META-INF/relata/index}; static, as it runs before other beans exist. */
  @Bean
  static DaoRegistrar relataDaoRegistrar() {
    return new DaoRegistrar();
  }

  /** {@code relata.schema} at startup. */
  @Bean(SCHEMA_BEAN)
  SchemaStartup relataSchema(DSLContext dsl, RelataProperties properties) {
    return new SchemaStartup(dsl, properties.getSchema());
  }

  /** {@code relata.read-replica.url} set: a pool of its own, checked to be a replica of the primary. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "relata.read-replica", name = "url")
  static class ReadReplicaConfiguration {

    /** Where the replica pool's HikariCP settings are, e.g. {@code relata.read-replica.hikari.maximum-pool-size}. */
    static final String HIKARI_PREFIX = "relata.read-replica.hikari";

    @Bean
    @ConditionalOnMissingBean(ReadReplica.class)
    ReplicaPool relataReadReplicaPool(RelataProperties properties, Environment environment) {
      RelataProperties.ReadReplica replica = properties.getReadReplica();
      HikariDataSource pool = new HikariDataSource();
      pool.setPoolName("relata-read-replica");
      pool.setJdbcUrl(replica.getUrl());
      pool.setUsername(replica.getUsername());
      pool.setPassword(replica.getPassword());
      // HikariCP's own settings, as spring.datasource.hikari.* sets the primary's.
      Binder.get(environment).bind(HIKARI_PREFIX, Bindable.ofInstance(pool));
      return new ReplicaPool(pool);
    }

    /** Refuses to start where {@link ReadReplica#connect} does, with its message. */
    @Bean
    @ConditionalOnMissingBean(ReadReplica.class)
    ReadReplica relataReadReplica(DSLContext dsl, ReplicaPool pool) {
      return ReadReplica.connect(dsl, DSL.using(pool.dataSource(), dsl.dialect(), dsl.settings()));
    }
  }

  /** The replica's connection pool, closed with the application; not a {@code DataSource} bean, which would make Boot's ambiguous. */
  record ReplicaPool(HikariDataSource dataSource) implements AutoCloseable {
    @Override
    public void close() {
      dataSource.close();
    }
  }
}
