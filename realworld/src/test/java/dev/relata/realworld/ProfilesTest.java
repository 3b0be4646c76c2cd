package dev.relata.realworld;

import static dev.relata.realworld.TestServer.error;
import static dev.relata.realworld.TestServer.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Profiles, following and unfollowing. */
class ProfilesTest {

  private final TestServer server = TestServer.get().reset();

  @Test
  void aProfileHasNullBioAndImageAndFollowingFalseForAnyone() {
    server.register("jake");
    JsonNode profile = expect(200, server.get("/api/profiles/jake", null)).get("profile");
    assertEquals(List.of("username", "bio", "image", "following"), UsersTest.names(profile));
    assertEquals("jake", profile.get("username").asText());
    assertTrue(profile.get("bio").isNull());
    assertTrue(profile.get("image").isNull());
    assertFalse(profile.get("following").asBoolean());
    assertTrue(profile.get("following").isBoolean());
  }

  @Test
  void followsAndUnfollows() {
    server.register("jake");
    String anna = server.register("anna");
    assertFalse(following(server.get("/api/profiles/jake", anna)));

    assertTrue(following(server.post("/api/profiles/jake/follow", anna, "")));
    assertTrue(following(server.post("/api/profiles/jake/follow", anna, ""))); // twice is as once
    assertTrue(following(server.get("/api/profiles/jake", anna)));
    assertFalse(following(server.get("/api/profiles/jake", null)));
    assertFalse(following(server.get("/api/profiles/anna", anna)));

    assertFalse(following(server.delete("/api/profiles/jake/follow", anna)));
    assertFalse(following(server.get("/api/profiles/jake", anna)));
    assertFalse(following(server.delete("/api/profiles/jake/follow", anna)));
  }

  @Test
  void unknownUsersAndMissingTokens() {
    String anna = server.register("anna");
    error(404, server.get("/api/profiles/nobody", null));
    error(404, server.post("/api/profiles/nobody/follow", anna, ""));
    error(404, server.delete("/api/profiles/nobody/follow", anna));
    error(401, server.post("/api/profiles/anna/follow", null, ""));
    error(401, server.delete("/api/profiles/anna/follow", null));
    error(401, server.get("/api/profiles/anna", "not-a-token"));
  }

  @Test
  void followingOneselfIsRefused() {
    String anna = server.register("anna");
    error(422, server.post("/api/profiles/anna/follow", anna, ""), "you cannot follow yourself");
    assertFalse(following(server.get("/api/profiles/anna", anna)));
    assertFalse(following(server.delete("/api/profiles/anna/follow", anna)));
  }

  private static boolean following(java.net.http.HttpResponse<String> response) {
    return expect(200, response).get("profile").get("following").asBoolean();
  }

}
