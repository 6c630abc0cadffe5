package app.switchboard.accounts.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileCredentialStoreTest {

    // Few iterations keep the tests fast; production uses DEFAULT_ITERATIONS (600,000).
    private static final int FAST = 1000;

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("secrets.enc");
    }

    private EncryptedFileCredentialStore create() throws Exception {
        EncryptedFileCredentialStore store = EncryptedFileCredentialStore.open(file(), "correct horse".toCharArray(), FAST);
        store.put("AC1/SK1", "s3cret-value".toCharArray());
        store.put("AC2/AC2", "0123456789abcdef0123456789abcdef".toCharArray());
        return store;
    }

    @Test
    void roundTripsSecretsAcrossOpens() throws Exception {
        create();
        EncryptedFileCredentialStore reopened = EncryptedFileCredentialStore.open(file(), "correct horse".toCharArray(), FAST);
        assertArrayEquals("s3cret-value".toCharArray(), reopened.get("AC1/SK1"));
        assertArrayEquals("0123456789abcdef0123456789abcdef".toCharArray(), reopened.get("AC2/AC2"));
        reopened.delete("AC1/SK1");
        assertNull(EncryptedFileCredentialStore.open(file(), "correct horse".toCharArray(), FAST).get("AC1/SK1"));
    }

    @Test
    void theFileHoldsNoPlaintext() throws Exception {
        create();
        String raw = new String(Files.readAllBytes(file()), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("s3cret-value"));
        assertFalse(raw.contains("AC1/SK1"));
    }

    @Test
    void wrongPassphraseIsToldApartAndLosesNothing() throws Exception {
        create();
        byte[] before = Files.readAllBytes(file());
        CredentialStoreException e = assertThrows(CredentialStoreException.class,
                () -> EncryptedFileCredentialStore.open(file(), "wrong horse".toCharArray(), FAST));
        assertEquals(CredentialStoreException.Reason.WRONG_PASSPHRASE, e.reason());
        assertTrue(e.getMessage().startsWith("Wrong passphrase"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file()));
    }

    @Test
    void truncatedFileIsReportedDamaged() throws Exception {
        create();
        byte[] bytes = Files.readAllBytes(file());
        Files.write(file(), Arrays.copyOf(bytes, bytes.length - 40));
        assertDamagedAndUntouched();
    }

    @Test
    void flippedByteIsReportedDamaged() throws Exception {
        create();
        byte[] bytes = Files.readAllBytes(file());
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(file(), bytes);
        assertDamagedAndUntouched();
    }

    @Test
    void flippedSaltByteIsDamagedNotWrongPassphrase() throws Exception {
        create();
        byte[] bytes = Files.readAllBytes(file());
        bytes[12] ^= 0x40;
        Files.write(file(), bytes);
        assertDamagedAndUntouched();
    }

    @Test
    void garbageIsReportedDamaged() throws Exception {
        Files.writeString(file(), "{\"not\": \"a secrets file\"}");
        assertDamagedAndUntouched();
    }

    @Test
    void changedPassphraseOpensWithTheNewOneOnly() throws Exception {
        EncryptedFileCredentialStore store = create();
        store.changePassphrase("correct horse".toCharArray(), "battery staple".toCharArray());
        assertArrayEquals("s3cret-value".toCharArray(),
                EncryptedFileCredentialStore.open(file(), "battery staple".toCharArray(), FAST).get("AC1/SK1"));
        assertThrows(CredentialStoreException.class,
                () -> EncryptedFileCredentialStore.open(file(), "correct horse".toCharArray(), FAST));
    }

    @Test
    void changingWithAWrongCurrentPassphraseIsRefused() throws Exception {
        EncryptedFileCredentialStore store = create();
        CredentialStoreException e = assertThrows(CredentialStoreException.class,
                () -> store.changePassphrase("nope nope".toCharArray(), "battery staple".toCharArray()));
        assertEquals(CredentialStoreException.Reason.WRONG_PASSPHRASE, e.reason());
    }

    @Test
    void aShortNewPassphraseIsRefused() {
        assertThrows(CredentialStoreException.class,
                () -> EncryptedFileCredentialStore.open(file(), "short".toCharArray(), FAST));
        assertFalse(Files.exists(file()));
    }

    private void assertDamagedAndUntouched() throws Exception {
        byte[] before = Files.readAllBytes(file());
        CredentialStoreException e = assertThrows(CredentialStoreException.class,
                () -> EncryptedFileCredentialStore.open(file(), "correct horse".toCharArray(), FAST));
        assertEquals(CredentialStoreException.Reason.DAMAGED, e.reason());
        assertTrue(e.getMessage().contains("is damaged"), e.getMessage());
        assertTrue(e.getMessage().contains("left untouched"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file()));
    }
}
