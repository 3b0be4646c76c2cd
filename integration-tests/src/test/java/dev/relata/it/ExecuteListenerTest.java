package dev.relata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.it.model.User;
import dev.relata.it.model.UserDao;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;

/**
 * A user's jOOQ {@link ExecuteListener} sees Relata's reads, which jOOQ executes and Relata reads
 * from the result set: the events docs/associations.md lists, and none per record.
 */
class ExecuteListenerTest extends DatabaseTest {

  @Test
  void aReadFiresTheStatementEventsAndNoRecordEvents() {
    User alice = new UserDao(dsl).insert(new User(null, "Alice"));
    List<String> events = new ArrayList<>();
    ExecuteListener listener =
        ExecuteListener.onRenderEnd(ctx -> events.add("renderEnd"))
            .onExecuteStart(ctx -> events.add("executeStart"))
            .onExecuteEnd(ctx -> events.add("executeEnd"))
            .onFetchStart(ctx -> events.add("fetchStart"))
            .onRecordStart(ctx -> events.add("recordStart"))
            .onFetchEnd(ctx -> events.add("fetchEnd"))
            .onEnd(ctx -> events.add("end"));
    DSLContext listened = dsl.configuration().derive(new DefaultExecuteListenerProvider(listener)).dsl();

    assertEquals(alice, new UserDao(listened).findById(alice.id()).orElseThrow());
    assertEquals(List.of("renderEnd", "executeStart", "executeEnd", "fetchEnd", "end"), events);
  }
}
