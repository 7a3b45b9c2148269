package com.foretaste.infrastructure.audit;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator rebuilds the read models from the events and sees whether they come out the same. */
@RestController
class RebuildController {

    private final ProjectionRebuild rebuild;

    RebuildController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/audit/projections/rebuild")
    ProjectionRebuild.Result rebuild() {
        return rebuild.rebuild();
    }
}
