package app.switchboard.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttestationStoreTest {

    @TempDir
    Path dir;

    @Test
    void remembersAttestationsAcrossInstances() throws IOException {
        Path file = dir.resolve("config/webhook-attestations.json");
        new AttestationStore(file).set("AC1", new Attestation(Attestation.State.ON, LocalDate.of(2026, 11, 28)));
        AttestationStore reread = new AttestationStore(file);
        assertEquals(new Attestation(Attestation.State.ON, LocalDate.of(2026, 11, 28)), reread.get("AC1"));
        assertEquals(Attestation.UNKNOWN, reread.get("AC2"));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void aDamagedFileReadsAsUnknownAndIsRewrittenWhole() throws IOException {
        Path file = dir.resolve("a.json");
        Files.writeString(file, "{\"AC1\": {\"state\": \"ON\", \"date\": \"not a date\"");
        AttestationStore store = new AttestationStore(file);
        assertEquals(Attestation.UNKNOWN, store.get("AC1"));
        store.set("AC2", new Attestation(Attestation.State.OFF, LocalDate.of(2026, 1, 2)));
        assertEquals(Attestation.State.OFF, new AttestationStore(file).get("AC2").state());
    }
}
