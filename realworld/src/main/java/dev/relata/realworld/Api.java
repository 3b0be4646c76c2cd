package dev.relata.realworld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relata.serving.Work;
import io.javalin.http.Context;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * What every route needs: the request's transaction, the caller's token, password hashes, and
 * the JSON mapper that reads bodies and writes answers.
 */
record Api(Work work, Tokens tokens, Passwords passwords, ObjectMapper mapper) {

  static final String JSON = "application/json; charset=utf-8";

  /** Runs {@code body} in the request's transaction. */
  <R> R transaction(Context ctx, Function<DSLContext, R> body) {
    return work.transaction(Work.timer(ctx), body);
  }

  /** The object under {@code wrapper} in the request's body. */
  Body body(Context ctx, String wrapper) {
    return Body.read(mapper, ctx.bodyAsBytes(), wrapper);
  }

  /** Answers {@code value} as JSON with {@code status}. */
  void answer(Context ctx, int status, Object value) {
    write(ctx, mapper, status, value);
  }

  /** Writes {@code value} as JSON with {@code status}. */
  static void write(Context ctx, ObjectMapper mapper, int status, Object value) {
    try {
      ctx.status(status).contentType(JSON).result(mapper.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an answer is always writable", e);
    }
  }
}
