package app.switchboard.keys;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Where the key service keeps its files, the same for the app and the command line, so a creation
 * journaled by one is reconciled by the other and both append to one audit log.
 *
 * @param journal   creations in flight ({@link CreationJournal})
 * @param audit     every key action ({@link KeyAuditLog})
 * @param rotations unfinished rotations, one file each ({@link RotationStore})
 */
public record KeyFiles(Path journal, Path audit, Path rotations) {

    /** The layout under the app's data directory: {@code <dataDir>/keys/...}. */
    public static KeyFiles under(Path dataDir) {
        Path keys = dataDir.resolve("keys");
        return new KeyFiles(keys.resolve("creation-journal.json"), keys.resolve("audit.jsonl"), keys.resolve("rotations"));
    }

    /** A key service over these files; {@code user} is who the audit log names (the OS user). */
    public KeyService service(KeyGateway gateway, String user, Clock clock) {
        return new KeyService(gateway, new CreationJournal(journal), new KeyAuditLog(audit, user), clock);
    }

    public RotationService rotations(KeyService keys, CredentialSwitcher switcher, Clock clock) {
        return new RotationService(keys, new RotationStore(rotations), switcher, clock);
    }
}
