package dev.relata.sample.stamps;

import dev.relata.Graph;
import dev.relata.Linked;
import dev.relata.OrderBy;
import java.util.List;

/** A label with the accounts it is on by name, each with its labelling (a note, when, a version). */
@Graph(Label.class)
public record LabelView(Label label, @OrderBy("name") List<Linked<Account, Labelling>> accounts) {}
