import com.adobe.epubcheck.tool.EpubChecker;

/** Runs EPUBCheck on every file named, in one JVM (each run costs seconds of start-up). */
public class EpubCheckBatch {
    public static void main(String[] args) {
        for (String file : args) {
            System.out.println("=== " + file);
            int status = new EpubChecker().run(new String[] {file});
            System.out.println("=== status " + status);
        }
    }
}
