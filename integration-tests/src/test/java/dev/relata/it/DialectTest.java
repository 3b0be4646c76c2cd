package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.it.graph.UserPageLoader;
import dev.relata.it.model.RelataSchema;
import dev.relata.it.model.UserDao;
import dev.relata.runtime.ReadReplica;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Relata speaks PostgreSQL only: a DAO, a loader, a read replica or the schema given a context in
 * another dialect refuses it, naming the dialect and how to set it, before any statement. The
 * contexts have no connection: a statement sent would fail with jOOQ's "no connection" instead, and
 * a listener counts what was rendered for sending.
 */
class DialectTest {

  @ParameterizedTest
  @EnumSource(value = SQLDialect.class, names = {"DEFAULT", "MYSQL", "H2"})
  void aContextInAnotherDialectIsRefusedBeforeAnySql(SQLDialect dialect) {
    List<String> sent = new ArrayList<>();
    DSLContext other = DSL.using(dialect);
    other.configuration().set(ExecuteListener.onExecuteStart(ctx -> sent.add(ctx.sql())));
    DSLContext postgres = DSL.using(SQLDialect.POSTGRES);
    // A loader builds its root's DAO first, which refuses the context in its own name.
    List<Map.Entry<String, Executable>> constructions =
        List.of(
            Map.entry("UserDao", () -> new UserDao(other)),
            Map.entry("UserDao", () -> new UserPageLoader(other)),
            Map.entry("ReadReplica.connect, primary", () -> ReadReplica.connect(other, postgres)),
            Map.entry("ReadReplica.connect, replica", () -> ReadReplica.connect(postgres, other)),
            Map.entry("RelataSchema.create", () -> RelataSchema.create(other)),
            Map.entry("RelataSchema.validate", () -> RelataSchema.validate(other)));
    for (Map.Entry<String, Executable> construction : constructions) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction.getValue());
      assertEquals(
          construction.getKey() + ": the DSLContext's dialect is " + dialect + ", and Relata runs on PostgreSQL"
              + " only. Create the context in the POSTGRES dialect: DSL.using(dataSource, SQLDialect.POSTGRES)"
              + " (with Spring Boot: spring.jooq.sql-dialect=POSTGRES)",
          e.getMessage());
    }
    assertEquals(List.of(), sent);
  }
}
