package juesuan.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Each kind of failure becomes its Chinese sentence; nothing unexpected shows its English text. */
class FailuresTest {
    private static final Path DB = Path.of("/data/juesuan.mv.db");

    @Test
    void databaseFailuresByKind() {
        assertTrue(Failures.database(new SQLException("Database may be already in use", "90020", 90020), DB)
                .startsWith("数据库 /data/juesuan.mv.db 正被另一个决算公开助手窗口"));
        assertTrue(Failures.database(new SQLException("read only", "90097", 90097), DB).startsWith("无法写入文件夹 /data"));
        assertTrue(Failures.database(new SQLException("x", "90028", 90028, new IOException("No space left on device")), DB)
                .startsWith("磁盘已满"));
        assertEquals("数据库文件 /data/juesuan.mv.db 已损坏，无法打开。",
                Failures.database(new SQLException("File corrupted", "90030", 90030), DB));
        assertTrue(Failures.database(new SQLException("out of range", "22003", 22003), DB).startsWith("金额超出了可以保存的范围"));
    }

    @Test
    void fileFailuresByKind() {
        assertTrue(Failures.describe(new AccessDeniedException("/mnt/u/x.pdf")).startsWith("无法写入文件夹 /mnt/u"));
        assertTrue(Failures.describe(new FileSystemException("/mnt/u/x.pdf", null, "No space left on device"))
                .startsWith("磁盘已满，无法写入 /mnt/u"));
        assertTrue(Failures.describe(new FileSystemException("/sys/x", null, "Operation not permitted")).startsWith("无法写入文件夹 /"));
        assertEquals("找不到文件 /a/b.json。", Failures.describe(new java.nio.file.NoSuchFileException("/a/b.json")));
    }

    @Test
    void theUnexpectedSaysSoInChineseAndKeepsTheDetailsInTheLog(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        ErrorLog.useFolder(dir);
        String m = Failures.describe(new IllegalStateException("NullPointer somewhere in org.foo"));
        assertEquals("发生了意外错误，操作没有完成，已保存的数据没有改变。详细信息已写入日志文件 " + dir.resolve("juesuan.log") + "。", m);
        assertTrue(java.nio.file.Files.readString(dir.resolve("juesuan.log")).contains("NullPointer somewhere in org.foo"));
    }
}
