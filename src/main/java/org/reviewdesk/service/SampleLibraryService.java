package org.reviewdesk.service;

import java.util.List;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.ImportOutcome;
import org.reviewdesk.store.Library;
import org.reviewdesk.synth.SampleLibrary;

/** The sample posts a new user is offered on a first start, written by the project's synthesizer. */
public final class SampleLibraryService {
    private final Library library;

    SampleLibraryService(Library library) {
        this.library = library;
    }

    /** True when the library has no post at all (not even in the trash): the moment to offer samples. */
    public boolean libraryIsEmpty() {
        return library.posts().count() == 0 && library.posts().trashed().isEmpty();
    }

    /** Adds the sample posts; returns how many were new. */
    public int addSamples() {
        List<Post> samples = SampleLibrary.posts();
        return (int) library.posts().importPosts(samples, false).stream()
                .filter(o -> o == ImportOutcome.IMPORTED).count();
    }
}
