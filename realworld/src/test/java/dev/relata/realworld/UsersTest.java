package dev.relata.realworld;

import static dev.relata.realworld.TestServer.error;
import static dev.relata.realworld.TestServer.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registration, login, and the caller's own user, from the spec's examples. */
class UsersTest {

  private final TestServer server = TestServer.get().reset();

  @Test
  void registersAndAnswersTheUserWithNullBioAndImage() {
    var response = server.post("/api/users", null, Map.of("user",
        Map.of("username", "Jacob", "email", "jake@jake.jake", "password", "jakejake")));
    JsonNode user = expect(201, response).get("user");
    assertEquals(List.of("email", "token", "username", "bio", "image"), names(user));
    assertEquals("jake@jake.jake", user.get("email").asText());
    assertEquals("Jacob", user.get("username").asText());
    assertTrue(user.get("bio").isNull());
    assertTrue(user.get("image").isNull());
    assertEquals(3, user.get("token").asText().split("\\.").length, "a JWT: " + user);
  }

  @Test
  void refusesATakenEmailOrUsername() {
    server.register("jake");
    error(422, register("jake", "other@example.com"), "username has already been taken");
    error(422, register("other", "jake@example.com"), "email has already been taken");
    error(422, register("jake", "jake@example.com"), "email has already been taken", "username has already been taken");
  }

  @Test
  void refusesMissingOrBlankFieldsAllAtOnce() {
    error(422, server.post("/api/users", null, Map.of("user", Map.of("username", " "))),
        "username can't be blank", "email can't be blank", "password can't be blank");
    error(422, server.post("/api/users", null, Map.of("user", Map.of("username", 5, "email", "a@b.c", "password", "x"))),
        "username must be a string");
    error(422, server.post("/api/users", null, Map.of("username", "jake")));
    error(422, server.post("/api/users", null, "{\"user\": {"));
    error(422, server.post("/api/users", null, ""));
  }

  @Test
  void logsInWithEmailAndPassword() {
    server.register("jake");
    JsonNode user = expect(200, login("jake@example.com", "secret-jake")).get("user");
    assertEquals("jake", user.get("username").asText());
    expect(200, server.get("/api/user", user.get("token").asText()));

    error(401, login("jake@example.com", "wrong"), "email or password is invalid");
    error(401, login("nobody@example.com", "secret-jake"), "email or password is invalid");
    error(422, server.post("/api/users/login", null, Map.of("user", Map.of("email", "jake@example.com"))),
        "password can't be blank");
  }

  @Test
  void theCurrentUserNeedsAValidToken() {
    String token = server.register("jake");
    JsonNode user = expect(200, server.get("/api/user", token)).get("user");
    assertEquals("jake@example.com", user.get("email").asText());
    assertTrue(user.has("bio") && user.has("image"));

    error(401, server.get("/api/user", null));
    error(401, server.get("/api/user", token + "x"));
    error(401, server.send(server.request("/api/user", null).header("Authorization", "Bearer " + token).GET()));
  }

  @Test
  void updatesTheGivenFieldsOnly() {
    String token = server.register("jake");
    JsonNode user = expect(200, server.put("/api/user", token, Map.of("user",
        Map.of("bio", "I like to skateboard", "image", "https://i.stack.imgur.com/xHWG8.jpg")))).get("user");
    assertEquals("I like to skateboard", user.get("bio").asText());
    assertEquals("https://i.stack.imgur.com/xHWG8.jpg", user.get("image").asText());
    assertEquals("jake@example.com", user.get("email").asText());

    Map<String, Object> clear = new HashMap<>();
    clear.put("image", null);
    user = expect(200, server.put("/api/user", token, Map.of("user", clear))).get("user");
    assertTrue(user.get("image").isNull());
    assertEquals("I like to skateboard", user.get("bio").asText());

    user = expect(200, server.put("/api/user", token, Map.of("user",
        Map.of("email", "jacob@example.com", "username", "jacob", "password", "new-password")))).get("user");
    assertEquals("jacob", user.get("username").asText());
    expect(200, login("jacob@example.com", "new-password"));
    error(401, login("jacob@example.com", "secret-jake"));
    expect(200, server.get("/api/user", token)); // the old token names the same user
  }

  @Test
  void anUpdateMayNotTakeAnotherUsersEmailOrUsername() {
    String token = server.register("jake");
    server.register("anna");
    error(422, server.put("/api/user", token, Map.of("user", Map.of("username", "anna"))),
        "username has already been taken");
    error(422, server.put("/api/user", token, Map.of("user", Map.of("email", "anna@example.com"))),
        "email has already been taken");
    error(422, server.put("/api/user", token, Map.of("user", Map.of("email", ""))), "email can't be blank");
    expect(200, server.put("/api/user", token, Map.of("user", Map.of("username", "jake")))); // its own
    error(401, server.put("/api/user", null, Map.of("user", Map.of("bio", "x"))));
  }

  @Test
  void anEmailOrUsernameIsOneAccountHoweverItIsTyped() {
    JsonNode user = expect(201, register("User01", "User01@Bench.test")).get("user");
    assertEquals("User01@Bench.test", user.get("email").asText(), "kept as typed");
    assertEquals("User01", user.get("username").asText());
    expect(200, login("USER01@BENCH.TEST", "password"));
    expect(200, login("user01@bench.test", "password"));
    error(422, register("USER01", "other@bench.test"), "username has already been taken");
    error(422, register("other", "user01@bench.TEST"), "email has already been taken");
    error(422, register("user01", "USER01@bench.test"), "email has already been taken", "username has already been taken");
    assertEquals("User01", expect(200, server.get("/api/profiles/user01", null)).get("profile").get("username").asText());

    String anna = server.register("anna");
    error(422, server.put("/api/user", anna, Map.of("user", Map.of("username", "USER01"))), "username has already been taken");
    error(422, server.put("/api/user", anna, Map.of("user", Map.of("email", "USER01@bench.test"))), "email has already been taken");
    JsonNode renamed = expect(200, server.put("/api/user", anna, Map.of("user",
        Map.of("username", "Anna", "email", "ANNA@example.com")))).get("user");
    assertEquals("Anna", renamed.get("username").asText(), "a user may change the case of its own");
    assertEquals("ANNA@example.com", renamed.get("email").asText());
  }

  @Test
  void anEmailMustBeAnAddress() {
    error(422, register("jake", "not-an-email"), "email is not an email address");
    error(422, register("jake", "Jake <jake@example.com>"), "email is not an email address");
    error(422, register("jake", "jake @example.com"), "email is not an email address");
    String token = server.register("jake");
    error(422, server.put("/api/user", token, Map.of("user", Map.of("email", "jake.example.com"))),
        "email is not an email address");
    expect(201, register("anna", "anna@jake.jake")); // any domain of the right form: the spec's example has one
  }

  @Test
  void anEmptyPasswordInAnUpdateLeavesItUnchanged() {
    String token = server.register("jake");
    JsonNode user = expect(200, server.put("/api/user", token, Map.of("user",
        Map.of("email", "jake@example.com", "username", "jake", "password", "", "bio", "I skate")))).get("user");
    assertEquals("I skate", user.get("bio").asText());
    expect(200, login("jake@example.com", "secret-jake"));
    error(422, server.put("/api/user", token, Map.of("user", Map.of("password", " "))), "password can't be blank");
    Map<String, Object> none = new HashMap<>();
    none.put("password", null);
    error(422, server.put("/api/user", token, Map.of("user", none)), "password can't be blank");
    expect(200, login("jake@example.com", "secret-jake"));
  }

  private java.net.http.HttpResponse<String> register(String username, String email) {
    return server.post("/api/users", null, Map.of("user",
        Map.of("username", username, "email", email, "password", "password")));
  }

  private java.net.http.HttpResponse<String> login(String email, String password) {
    return server.post("/api/users/login", null, Map.of("user", Map.of("email", email, "password", password)));
  }

  static List<String> names(JsonNode object) {
    List<String> names = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
