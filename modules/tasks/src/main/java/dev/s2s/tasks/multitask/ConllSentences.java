package dev.s2s.tasks.multitask;

import dev.s2s.experiment.config.ConllData;
import dev.s2s.experiment.config.DataSpec;
import dev.s2s.neural.tagger.TaggedSentence;
import dev.s2s.text.conll.ConllFormat;
import dev.s2s.text.conll.ConllReader;
import dev.s2s.text.conll.TagScheme;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a tagging split (CoNLL, 2 or 4 columns) as labelled sentences: the token column and the
 * last (NER) column converted from the file's scheme to IOB2. Format errors are user errors naming
 * file and line ({@link ConllReader}).
 */
final class ConllSentences {
  private ConllSentences() {}

  static List<TaggedSentence> read(DataSpec spec) {
    if (!(spec instanceof ConllData data)) {
      throw new IllegalArgumentException("tagging data must be conll, got " + spec.format());
    }
    ConllFormat format = data.columns() == 2 ? ConllFormat.TOKEN_NER : ConllFormat.CONLL2003;
    ConllReader reader = new ConllReader(format, TagScheme.parse(data.scheme().key(), "scheme"));
    List<TaggedSentence> out = new ArrayList<>();
    reader.forEach(data.file(), s -> out.add(new TaggedSentence(s.tokens(), s.tags())));
    return out;
  }
}
