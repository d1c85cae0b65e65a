package org.reviewdesk.service.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of a fresh JVM for a probe: this JVM's java, the options given, this class path, the main class. */
final class ChildJvm {
    private ChildJvm() {
    }

    /** {@code java OPTIONS… -cp CLASSPATH MAIN ARGS…}, with the java and the class path this JVM runs with. */
    static List<String> command(List<String> options, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }
}
