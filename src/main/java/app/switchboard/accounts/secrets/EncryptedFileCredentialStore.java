package app.switchboard.accounts.secrets;

import app.switchboard.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets in one file encrypted with a passphrase the user chose, for systems without a keychain.
 *
 * <p>Layout (version 1): {@code "SWBS"}, version byte, PBKDF2 iterations (int), salt (16), a check block
 * (nonce 12 + AES-GCM of a known text), the payload (nonce 12, length int, AES-GCM ciphertext), then a
 * SHA-256 of everything before it. The unkeyed checksum tells a damaged file (checksum wrong) apart from a
 * wrong passphrase (checksum right, check block fails to authenticate) without revealing anything.
 * A failed open or write leaves the file as it was.
 */
public final class EncryptedFileCredentialStore implements CredentialStore {

    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final byte[] MAGIC = "SWBS".getBytes(StandardCharsets.US_ASCII);
    private static final byte VERSION = 1;
    private static final byte[] CHECK = "switchboard-secrets-check".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT = 16;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final int DIGEST = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final int iterations;
    private byte[] salt;
    private SecretKey key;
    /** Decrypted secrets, kept as char arrays so they can be wiped. */
    private final Map<String, char[]> secrets = new LinkedHashMap<>();

    private EncryptedFileCredentialStore(Path file, int iterations) {
        this.file = file;
        this.iterations = iterations;
    }

    /** Opens the file with {@code passphrase}, or creates an empty one when it does not exist yet. */
    public static EncryptedFileCredentialStore open(Path file, char[] passphrase) throws CredentialStoreException {
        return open(file, passphrase, DEFAULT_ITERATIONS);
    }

    /** As {@link #open(Path, char[])}; tests pass fewer iterations to stay fast. */
    static EncryptedFileCredentialStore open(Path file, char[] passphrase, int iterations)
            throws CredentialStoreException {
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(file, iterations);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            if (passphrase.length < 8) {
                throw new CredentialStoreException(CredentialStoreException.Reason.WRONG_PASSPHRASE,
                        "Choose a passphrase of at least 8 characters.");
            }
            store.salt = random(SALT);
            store.key = derive(passphrase, store.salt, iterations);
            store.write();
            return store;
        } catch (IOException e) {
            throw new CredentialStoreException(CredentialStoreException.Reason.IO,
                    "Cannot read the secrets file " + file + ": " + e.getMessage(), e);
        }
        store.load(bytes, passphrase);
        return store;
    }

    public static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }

    @Override
    public String displayName() {
        return "Encrypted file";
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void put(String id, char[] secret) throws CredentialStoreException {
        char[] old = secrets.put(id, secret.clone());
        try {
            write();
        } catch (CredentialStoreException e) {
            restore(id, old);
            throw e;
        }
        wipe(old);
    }

    @Override
    public synchronized char[] get(String id) {
        char[] s = secrets.get(id);
        return s == null ? null : s.clone();
    }

    @Override
    public synchronized void delete(String id) throws CredentialStoreException {
        char[] old = secrets.remove(id);
        if (old == null) {
            return;
        }
        try {
            write();
        } catch (CredentialStoreException e) {
            secrets.put(id, old);
            throw e;
        }
        wipe(old);
    }

    /** Re-encrypts every secret under a new passphrase (and a new salt); the old file stays until done. */
    public synchronized void changePassphrase(char[] current, char[] replacement) throws CredentialStoreException {
        if (!MessageDigest.isEqual(derive(current, salt, iterations).getEncoded(), key.getEncoded())) {
            throw new CredentialStoreException(CredentialStoreException.Reason.WRONG_PASSPHRASE,
                    "The current passphrase is not correct.");
        }
        if (replacement.length < 8) {
            throw new CredentialStoreException(CredentialStoreException.Reason.WRONG_PASSPHRASE,
                    "Choose a passphrase of at least 8 characters.");
        }
        byte[] oldSalt = salt;
        SecretKey oldKey = key;
        salt = random(SALT);
        key = derive(replacement, salt, iterations);
        try {
            write();
        } catch (CredentialStoreException e) {
            salt = oldSalt;
            key = oldKey;
            throw e;
        }
    }

    private void restore(String id, char[] old) {
        if (old == null) {
            wipe(secrets.remove(id));
        } else {
            wipe(secrets.put(id, old));
        }
    }

    private void load(byte[] bytes, char[] passphrase) throws CredentialStoreException {
        int minimum = MAGIC.length + 1 + 4 + SALT + NONCE + CHECK.length + TAG_BITS / 8 + NONCE + 4 + DIGEST;
        if (bytes.length < minimum || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw damaged("it is not a Switchboard secrets file or it was cut short");
        }
        byte[] body = Arrays.copyOf(bytes, bytes.length - DIGEST);
        if (!MessageDigest.isEqual(sha256(body), Arrays.copyOfRange(bytes, bytes.length - DIGEST, bytes.length))) {
            throw damaged("its checksum does not match (the file was changed or truncated)");
        }
        ByteBuffer in = ByteBuffer.wrap(body);
        in.position(MAGIC.length);
        byte version = in.get();
        if (version != VERSION) {
            throw damaged("it has format version " + version + ", which this Switchboard does not know");
        }
        int fileIterations = in.getInt();
        salt = take(in, SALT);
        byte[] checkNonce = take(in, NONCE);
        byte[] checkCipher = take(in, CHECK.length + TAG_BITS / 8);
        byte[] payloadNonce = take(in, NONCE);
        int length = in.getInt();
        if (length != in.remaining() || fileIterations < 1) {
            throw damaged("its length fields are inconsistent");
        }
        byte[] payloadCipher = take(in, length);
        key = derive(passphrase, salt, fileIterations);
        try {
            if (!Arrays.equals(crypt(Cipher.DECRYPT_MODE, checkNonce, checkCipher), CHECK)) {
                throw wrongPassphrase();
            }
        } catch (AEADBadTagException e) {
            throw wrongPassphrase();
        } catch (GeneralSecurityException e) {
            throw damaged("its check block cannot be decrypted");
        }
        try {
            readPayload(crypt(Cipher.DECRYPT_MODE, payloadNonce, payloadCipher));
        } catch (GeneralSecurityException | IOException e) {
            throw damaged("its contents cannot be decrypted or read");
        }
    }

    private void write() throws CredentialStoreException {
        try {
            byte[] payload = writePayload();
            byte[] checkNonce = random(NONCE);
            byte[] payloadNonce = random(NONCE);
            byte[] checkCipher = crypt(Cipher.ENCRYPT_MODE, checkNonce, CHECK);
            byte[] payloadCipher = crypt(Cipher.ENCRYPT_MODE, payloadNonce, payload);
            Arrays.fill(payload, (byte) 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(out);
            data.write(MAGIC);
            data.writeByte(VERSION);
            data.writeInt(iterations);
            data.write(salt);
            data.write(checkNonce);
            data.write(checkCipher);
            data.write(payloadNonce);
            data.writeInt(payloadCipher.length);
            data.write(payloadCipher);
            byte[] body = out.toByteArray();
            data.write(sha256(body));
            AtomicFiles.write(file, out.toByteArray());
        } catch (IOException e) {
            throw new CredentialStoreException(CredentialStoreException.Reason.IO,
                    "Cannot write the secrets file " + file + ": " + e.getMessage() + ". Nothing was changed.", e);
        } catch (GeneralSecurityException e) {
            throw new CredentialStoreException(CredentialStoreException.Reason.IO, "Encryption failed: " + e, e);
        }
    }

    /** The secrets as: count, then per entry the id (UTF) and the secret's chars (no String is made). */
    private byte[] writePayload() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(secrets.size());
        for (Map.Entry<String, char[]> e : secrets.entrySet()) {
            data.writeUTF(e.getKey());
            data.writeInt(e.getValue().length);
            for (char c : e.getValue()) {
                data.writeChar(c);
            }
        }
        return out.toByteArray();
    }

    private void readPayload(byte[] payload) throws IOException {
        DataInputStream data = new DataInputStream(new java.io.ByteArrayInputStream(payload));
        int count = data.readInt();
        for (int i = 0; i < count; i++) {
            String id = data.readUTF();
            char[] secret = new char[data.readInt()];
            for (int j = 0; j < secret.length; j++) {
                secret[j] = data.readChar();
            }
            secrets.put(id, secret);
        }
        Arrays.fill(payload, (byte) 0);
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] input) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(MAGIC);
        return cipher.doFinal(input);
    }

    private static SecretKey derive(char[] passphrase, byte[] salt, int iterations) throws CredentialStoreException {
        KeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            byte[] raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new SecretKeySpec(raw, "AES");
        } catch (GeneralSecurityException e) {
            throw new CredentialStoreException(CredentialStoreException.Reason.IO, "Key derivation failed: " + e, e);
        } finally {
            ((PBEKeySpec) spec).clearPassword();
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] take(ByteBuffer in, int n) throws CredentialStoreException {
        if (n < 0 || in.remaining() < n) {
            throw damaged("it was cut short");
        }
        byte[] b = new byte[n];
        in.get(b);
        return b;
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static void wipe(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }

    private CredentialStoreException damaged(String why) {
        return new CredentialStoreException(CredentialStoreException.Reason.DAMAGED,
                "The secrets file " + file + " is damaged: " + why + ". It was left untouched; "
                        + "restore it from a backup or move it away to start a new one.");
    }

    private static CredentialStoreException wrongPassphrase() {
        return new CredentialStoreException(CredentialStoreException.Reason.WRONG_PASSPHRASE,
                "Wrong passphrase: the secrets file is intact but this passphrase does not open it.");
    }
}
