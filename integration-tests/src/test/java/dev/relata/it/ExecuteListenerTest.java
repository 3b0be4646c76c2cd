package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;

/**
 * A user's jOOQ {@link ExecuteListener} sees Relata's reads, which jOOQ executes and Relata reads
 * from the result set: the events the README lists, and none per record.
 */
class ExecuteListenerTest extends DatabaseTest {

  @Test
  void aReadFiresTheStatementEventsAndNoRecordEvents() {
    User alice = new UserDao(dsl).insert(new User(null, "Alice"));
    List<String> events = new ArrayList<>();
    ExecuteListener listener =
        new ExecuteListener() {
          @Override
          public void renderEnd(ExecuteContext ctx) {
            events.add("renderEnd");
          }

          @Override
          public void executeStart(ExecuteContext ctx) {
            events.add("executeStart");
          }

          @Override
          public void executeEnd(ExecuteContext ctx) {
            events.add("executeEnd");
          }

          @Override
          public void fetchStart(ExecuteContext ctx) {
            events.add("fetchStart");
          }

          @Override
          public void recordStart(ExecuteContext ctx) {
            events.add("recordStart");
          }

          @Override
          public void fetchEnd(ExecuteContext ctx) {
            events.add("fetchEnd");
          }

          @Override
          public void end(ExecuteContext ctx) {
            events.add("end");
          }
        };
    DSLContext listened = dsl.configuration().derive(new DefaultExecuteListenerProvider(listener)).dsl();

    assertEquals(alice, new UserDao(listened).findById(alice.id()).orElseThrow());
    assertEquals(List.of("renderEnd", "executeStart", "executeEnd", "fetchEnd", "end"), events);
  }
}
