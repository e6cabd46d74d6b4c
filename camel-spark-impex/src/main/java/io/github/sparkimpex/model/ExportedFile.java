package io.github.sparkimpex.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One entry of an export's {@code outputs.files}: a (usually signed) download URL and the package's hash. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportedFile(String file, String fileHash) {
}
