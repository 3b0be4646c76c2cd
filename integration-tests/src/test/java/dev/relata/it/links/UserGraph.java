package dev.relata.it.links;

import dev.relata.Graph;
import dev.relata.Limit;
import dev.relata.Linked;
import dev.relata.OrderBy;
import java.util.List;

/** A user with the projects they are members of, with their memberships, and their best-named review. */
@Graph(User.class)
public record UserGraph(
    User user,
    List<Linked<Project, Membership>> projects,
    @OrderBy("name") @Limit(1) List<Linked<Project, Review>> reviewedProjects) {}
