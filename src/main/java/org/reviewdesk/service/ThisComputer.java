package org.reviewdesk.service;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Who is at this computer, as a library tells people apart: the computer's name and the system account. */
final class ThisComputer {
    private static volatile String host;

    private ThisComputer() {
    }

    /** The computer's name as its users know it; read once, since a look-up may ask the network. */
    static String host() {
        String known = host;
        if (known != null) return known;
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) name = System.getenv("COMPUTERNAME");
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                name = "this computer";
            }
        }
        host = name;
        return name;
    }

    /** The system account's name. */
    static String account() {
        return System.getProperty("user.name", "me");
    }
}
