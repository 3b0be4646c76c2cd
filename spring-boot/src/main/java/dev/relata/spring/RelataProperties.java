package dev.relata.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code relata.*}: what the starter does with the database at startup, and the read replica.
 *
 * <pre>
 * relata.schema=validate                      # validate (default), create or none
 * relata.read-replica.url=jdbc:postgresql://replica.internal:5432/app
 * relata.read-replica.username=app
 * relata.read-replica.password=secret
 * </pre>
 */
@ConfigurationProperties("relata")
public class RelataProperties {

  /** What happens to the tables of every package with generated DAOs, at startup, before any DAO is built. */
  public enum Schema {
    /** {@code RelataSchema.validate}: the application does not start on tables that differ from the entities. */
    VALIDATE,
    /** {@code RelataSchema.create}: creates the tables that do not exist yet; leaves those that do as they are. */
    CREATE,
    /** Nothing: the tables are someone else's business (a migration tool's, say). */
    NONE
  }

  /** What happens to the tables at startup: validate (refuse to start on a difference), create (the missing tables) or none. */
  private Schema schema = Schema.VALIDATE;
  private final ReadReplica readReplica = new ReadReplica();

  /** What happens to the schema at startup; {@link Schema#VALIDATE} unless set. */
  public Schema getSchema() {
    return schema;
  }

  /** Sets {@code relata.schema}. */
  public void setSchema(Schema schema) {
    this.schema = schema;
  }

  /** {@code relata.read-replica.*}. */
  public ReadReplica getReadReplica() {
    return readReplica;
  }

  /**
   * A PostgreSQL streaming replica of Boot's {@code spring.datasource}, on a HikariCP pool of its
   * own: every DAO and loader reads from it outside a transaction. The pool takes HikariCP's
   * settings from {@code relata.read-replica.hikari.*}, as Boot's takes them from {@code
   * spring.datasource.hikari.*}.
   */
  public static class ReadReplica {

    /** JDBC URL of a PostgreSQL streaming replica of spring.datasource.url; every DAO and loader reads from it outside a transaction. */
    private String url;

    /** Login user of the read replica. */
    private String username;

    /** Login password of the read replica. */
    private String password;

    /** The replica's JDBC URL; no replica unless set. */
    public String getUrl() {
      return url;
    }

    /** Sets {@code relata.read-replica.url}. */
    public void setUrl(String url) {
      this.url = url;
    }

    /** The user to log in to the replica as. */
    public String getUsername() {
      return username;
    }

    /** Sets {@code relata.read-replica.username}. */
    public void setUsername(String username) {
      this.username = username;
    }

    /** The password to log in to the replica with. */
    public String getPassword() {
      return password;
    }

    /** Sets {@code relata.read-replica.password}. */
    public void setPassword(String password) {
      this.password = password;
    }
  }
}
