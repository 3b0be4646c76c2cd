package dev.relata.realworld;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one {@link ObjectMapper} of the server. Timestamps are written as the spec shows them,
 * {@code 2026-11-27T09:20:01.000Z}: UTC, milliseconds always present ({@code Instant.toString()}
 * would drop {@code .000}, and clients parse the fixed shape).
 */
final class Json {

  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Json() {}

  static ObjectMapper mapper() {
    SimpleModule timestamps = new SimpleModule("conduit-timestamps");
    timestamps.addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(Instant value, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeString(TIMESTAMP.format(value));
      }
    });
    return JsonMapper.builder()
        .addModule(timestamps)
        // {"email": "a", "email": "b"} is a client bug, not a way to say "b".
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }
}
