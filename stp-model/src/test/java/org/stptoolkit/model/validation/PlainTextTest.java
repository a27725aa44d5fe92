package org.stptoolkit.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names with control characters print on one line, escaped; many findings of one kind are counted, not listed. */
class PlainTextTest {

  @Test
  void controlAndInvisibleCharactersAreEscapedAndTheRestKept() {
    assertThat(PlainText.escape("evil\nERROR FORGED")).isEqualTo("evil\\nERROR FORGED");
    assertThat(PlainText.escape("a\tb\rc\u0000d\u001b[31m")).isEqualTo("a\\tb\\rc\\u0000d\\u001B[31m");
    assertThat(PlainText.escape("abc\u202Egpj.exe")).isEqualTo("abc\\u202Egpj.exe");
    assertThat(PlainText.escape("Stoke-on-Trent £ é שלום 日本 😀")).isEqualTo("Stoke-on-Trent £ é שלום 日本 😀");
    assertThat(PlainText.hasControlCharacters("plain")).isFalse();
    assertThat(PlainText.hasControlCharacters("x\u0085")).isTrue();
  }

  @Test
  void aFindingIsAlwaysOneLine() {
    ValidationFinding f = ValidationFinding.error("R", new Location("evil\nERROR FORGED.xlsx", "A1\r\n"),
        "text\n", "found\n");
    assertThat(f.toString()).isEqualTo("ERROR R evil\\nERROR FORGED.xlsx: A1\\r\\n: expected text\\n, found found\\n");
    assertThat(f.toString().lines()).hasSize(1);
  }

  @Test
  void findingsBeyondTwentyOfAKindAreCountedInOneMore() {
    List<ValidationFinding> many = new ArrayList<>();
    for (int i = 0; i < 300_000; i++) {
      many.add(ValidationFinding.error("SCHEMA", new Location("f.json", "$.organisations[" + i + "]"), "an object",
          "a number"));
    }
    many.add(ValidationFinding.warning("OTHER", new Location("f.json", "$"), "", "x"));
    List<ValidationFinding> capped = Findings.capped(many, Findings.MAX_PER_KIND);
    assertThat(capped).hasSize(22);
    assertThat(capped.get(19).location().place()).isEqualTo("$.organisations[19]");
    assertThat(capped.get(20).rule()).isEqualTo("OTHER");
    assertThat(capped.get(21).toString()).isEqualTo("ERROR MORE_FINDINGS f.json: 299,980 more ERROR findings of rule"
        + " SCHEMA (expected an object), not listed");
  }
}
