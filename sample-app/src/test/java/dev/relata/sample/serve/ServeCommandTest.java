package dev.relata.sample.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@code PORT}: 8080 unless set, and a clear error for a value that is no port. */
class ServeCommandTest {

  @Test
  void portDefaultsTo8080() {
    assertEquals(8080, ServeCommand.port(null));
    assertEquals(8080, ServeCommand.port(" "));
    assertEquals(9000, ServeCommand.port("9000"));
    assertEquals(0, ServeCommand.port("0"));
  }

  @Test
  void aPortThatIsNoneIsRefused() {
    assertEquals("PORT must be a port number from 0 to 65535, got \"http\"",
        assertThrows(IllegalArgumentException.class, () -> ServeCommand.port("http")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> ServeCommand.port("65536"));
  }
}
