package fr.ccibusiness.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpsTest {

    @Test
    void goesOnWhileEachRoundIsClearlyQuickerThanTheLast() {
        assertFalse(WarmUps.converged(List.of()));
        assertFalse(WarmUps.converged(List.of(1082L)));
        assertFalse(WarmUps.converged(List.of(1082L, 613L, 429L)), "still being compiled");
        assertTrue(WarmUps.converged(List.of(1082L, 613L, 429L, 371L)), "371 ms is more than 80 % of 429");
    }

    @Test
    void stopsAfterTwoWhenTheCodeWasAlreadyCompiled() {
        assertTrue(WarmUps.converged(List.of(221L, 218L)), "a redeployment in a running server: the code was compiled");
    }
}
