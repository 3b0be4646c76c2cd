package dev.relata.it.scopes;

import dev.relata.Graph;
import dev.relata.Linked;
import java.util.List;

/** A person with the open projects they lead, each with its membership, and the projects they review. */
@Graph(Person.class)
public record PersonPage(Person person, List<Linked<Project, Membership>> ledProjects, List<Project> reviewedProjects) {}
