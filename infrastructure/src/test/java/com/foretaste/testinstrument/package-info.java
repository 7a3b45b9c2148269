/**
 * A second instrument that exists only for tests: a pledge one organisation makes to another. It shows
 * that the platform (stream registry, audit, as-of, export, verification) serves any registered
 * instrument without naming it. It lives outside {@code com.foretaste.infrastructure} so that no
 * component scan of the service finds it: only a test importing {@link
 * com.foretaste.testinstrument.PledgeInstrumentConfiguration} has it.
 */
package com.foretaste.testinstrument;
