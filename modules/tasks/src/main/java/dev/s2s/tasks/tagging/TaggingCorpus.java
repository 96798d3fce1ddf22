package dev.s2s.tasks.tagging;

import dev.s2s.experiment.config.ConllData;
import dev.s2s.experiment.config.DataSpec;
import dev.s2s.neural.tagger.TaggedSentence;
import dev.s2s.text.conll.ConllFormat;
import dev.s2s.text.conll.ConllReader;
import dev.s2s.text.conll.ConllSentence;
import dev.s2s.text.conll.TagScheme;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CoNLL data of a tagging split as labelled sentences: the token column and the NER
 * column (the last one), converted from the file's scheme to IOB2. {@code -DOCSTART-} lines are
 * skipped; format errors are user errors naming file and line (see {@link ConllReader}).
 */
public final class TaggingCorpus {
  private TaggingCorpus() {}

  /** The sentences of {@code spec} (a resolved {@link ConllData}). */
  public static List<TaggedSentence> read(DataSpec spec) {
    if (!(spec instanceof ConllData data)) {
      throw new IllegalArgumentException("tagging data must be conll, got " + spec.format());
    }
    ConllReader reader = new ConllReader(format(data.columns()), scheme(data.scheme()));
    List<TaggedSentence> out = new ArrayList<>();
    reader.forEach(data.file(), s -> out.add(sentence(s)));
    return out;
  }

  /**
   * The sentences of {@code spec} grouped by document ({@code -DOCSTART-} lines separate documents;
   * a file without them is one document).
   */
  public static List<List<TaggedSentence>> readDocuments(DataSpec spec) {
    if (!(spec instanceof ConllData data)) {
      throw new IllegalArgumentException("tagging data must be conll, got " + spec.format());
    }
    ConllReader reader = new ConllReader(format(data.columns()), scheme(data.scheme()));
    List<List<TaggedSentence>> documents = new ArrayList<>();
    int[] current = {Integer.MIN_VALUE};
    reader.forEach(data.file(), s -> {
      if (documents.isEmpty() || s.document() != current[0]) {
        documents.add(new ArrayList<>());
        current[0] = s.document();
      }
      documents.get(documents.size() - 1).add(sentence(s));
    });
    return documents;
  }

  /** The text layer's layout for a {@code columns} value of the config (2 or 4). */
  static ConllFormat format(int columns) {
    return switch (columns) {
      case 2 -> ConllFormat.TOKEN_NER;
      case 4 -> ConllFormat.CONLL2003;
      default -> throw new IllegalArgumentException("unsupported column count " + columns);
    };
  }

  /** The text layer's scheme for the config's. */
  static TagScheme scheme(dev.s2s.experiment.config.TagScheme scheme) {
    return switch (scheme) {
      case IOB1 -> TagScheme.IOB1;
      case IOB2 -> TagScheme.IOB2;
      case IO -> TagScheme.IO;
    };
  }

  private static TaggedSentence sentence(ConllSentence s) {
    return new TaggedSentence(s.tokens(), s.tags());
  }
}
