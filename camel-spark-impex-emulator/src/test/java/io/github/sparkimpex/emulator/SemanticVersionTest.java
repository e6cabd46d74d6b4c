package io.github.sparkimpex.emulator;

import io.github.sparkimpex.emulator.importing.UpdateVersionType;
import io.github.sparkimpex.emulator.model.SemanticVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SemanticVersionTest {

    @Test
    void ordersNumerically() {
        List<String> sorted = Stream.of("1.10.0", "1.2.0", "0.9.9", "1.2.10", "1.2.9")
                .map(SemanticVersion::parse).sorted().map(SemanticVersion::toString).toList();

        assertThat(sorted).containsExactly("0.9.9", "1.2.0", "1.2.9", "1.2.10", "1.10.0");
    }

    @ParameterizedTest
    @CsvSource({"MAJOR, 2.0.0", "MINOR, 1.4.0", "PATCH, 1.3.2"})
    void bumpsLikeTheImportDocumentation(UpdateVersionType type, String expected) {
        assertThat(type.bump(SemanticVersion.parse("1.3.1"))).hasToString(expected);
    }

    @Test
    void copyDoesNotBump() {
        assertThatThrownBy(() -> UpdateVersionType.COPY.bump(SemanticVersion.parse("1.0.0")))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @CsvSource({"3.2, 3.2.7, true", "3.2, 3.20.1, false", "3, 3.20.1, true", "3.2.7, 3.2.7, true",
            "3.2., 3.2.0, true", "4, 3.2.0, false", "3.2.7.1, 3.2.7, false"})
    void prefixMatchesWholeNumbers(String prefix, String version, boolean matches) {
        assertThat(SemanticVersion.parse(version).matchesPrefix(prefix)).isEqualTo(matches);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1.2", "1.2.3.4", "v1.2.3", "1.2.x", "-1.0.0"})
    void rejectsWhatIsNotMajorMinorPatch(String text) {
        assertThatThrownBy(() -> SemanticVersion.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
