package dev.relata.realworld;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * JSON Web Tokens (HS256, via Auth0's {@code java-jwt}) that name a user by id: issued on
 * registration and login, read from {@code Authorization: Token <jwt>} as the spec requires (not
 * {@code Bearer}). A token names the user's id, not its email or username, so it survives a
 * change of either.
 */
final class Tokens {

  private static final String ISSUER = "conduit";
  private static final String SCHEME = "Token ";
  private static final Duration LIFETIME = Duration.ofDays(30);

  private final Algorithm algorithm;
  private final JWTVerifier verifier;
  private final Clock clock;

  Tokens(byte[] secret, Clock clock) {
    this.algorithm = Algorithm.HMAC256(secret);
    this.verifier = JWT.require(algorithm).withIssuer(ISSUER).build();
    this.clock = clock;
  }

  /**
   * Tokens signed with {@code secret} (such as {@code JWT_SECRET}) if it is given, else with a
   * random key: they then last as long as the process.
   */
  static Tokens signedWith(String secret) {
    if (secret != null && !secret.isBlank()) {
      return new Tokens(secret.getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return new Tokens(random, Clock.systemUTC());
  }

  String issue(long userId) {
    return JWT.create()
        .withIssuer(ISSUER)
        .withSubject(Long.toString(userId))
        .withIssuedAt(clock.instant())
        .withExpiresAt(clock.instant().plus(LIFETIME))
        .sign(algorithm);
  }

  /** The caller's user id; 401 without a valid token. */
  long required(Context ctx) {
    return optional(ctx).orElseThrow(() -> ApiException.unauthorized("a token is required: Authorization: Token <jwt>"));
  }

  /** The caller's user id if the request has a token; 401 for a token that is not valid. */
  Optional<Long> optional(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    if (!header.startsWith(SCHEME)) {
      throw ApiException.unauthorized("the Authorization header must be \"Token <jwt>\"");
    }
    try {
      String subject = verifier.verify(header.substring(SCHEME.length()).trim()).getSubject();
      return Optional.of(Long.parseLong(subject));
    } catch (JWTVerificationException | NumberFormatException e) {
      throw ApiException.unauthorized("the token is not valid");
    }
  }
}
