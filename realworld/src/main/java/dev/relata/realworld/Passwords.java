package dev.relata.realworld;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Password hashes by BCrypt (Spring Security's {@code spring-security-crypto}, which needs nothing
 * else): salted, slow on purpose, the salt and cost kept inside the hash.
 */
final class Passwords {

  private final BCryptPasswordEncoder encoder;

  /** {@code strength}: log2 of the rounds; 10 is BCrypt's default, tests use the minimum 4. */
  Passwords(int strength) {
    this.encoder = new BCryptPasswordEncoder(strength);
  }

  String hash(String password) {
    return encoder.encode(password);
  }

  boolean matches(String password, String hash) {
    return encoder.matches(password, hash);
  }
}
