package dev.relata;

import static java.util.Objects.requireNonNull;

/**
 * A target of a {@link BelongsToMany} association together with the row of the {@code through}
 * record that links it: {@code Linked<Project, Membership>} is a project and the user's membership
 * of it, with the membership's own components (a role, when it was joined). {@code
 * userDao.getProjectLinks(user)} returns them, and a {@link Graph} component {@code
 * List<Linked<Project, Membership>> projects} holds them.
 *
 * <p>Where the association allows a pair twice ({@code unique = false}), a target linked twice
 * comes twice, once with each link.
 *
 * @param target the linked row of the association's target entity
 * @param link the row of the {@code through} entity linking it
 * @param <T> the target entity
 * @param <L> the {@code through} entity
 */
public record Linked<T, L>(T target, L link) {

  /**
   * @throws NullPointerException if {@code target} or {@code link} is {@code null}: a link always
   *     has both
   */
  public Linked {
    requireNonNull(target, "target");
    requireNonNull(link, "link");
  }
}
