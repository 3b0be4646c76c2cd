package dev.relata.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@code PORT}: 8080 unless set, an error if no port. */
class ServeTest {

  @Test
  void portDefaultsTo8080() {
    assertEquals(8080, Serve.port(null));
    assertEquals(8080, Serve.port(" "));
    assertEquals(9000, Serve.port("9000"));
    assertEquals(0, Serve.port("0"));
  }

  @Test
  void aPortThatIsNoneIsRefused() {
    assertEquals("PORT must be a port number from 0 to 65535, got \"http\"",
        assertThrows(IllegalArgumentException.class, () -> Serve.port("http")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Serve.port("65536"));
    assertThrows(IllegalArgumentException.class, () -> Serve.port("-1"));
  }
}
