/**
 * The services that the window and the command line share: import, export, revisions, the queue's
 * exports and the sample library. They combine formats, checks, markdown and the store; neither the
 * window nor the command line does any of this on its own.
 */
package org.reviewdesk.service;
