package fr.ccibusiness.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpsTest {

    @Test
    void goesOnWhileTheRoundsGetClearlyQuicker() {
        assertFalse(WarmUps.converged(List.of()));
        assertFalse(WarmUps.converged(List.of(1086L)));
        assertFalse(WarmUps.converged(List.of(1086L, 608L, 237L)), "still being compiled");
        assertFalse(WarmUps.converged(List.of(1086L, 608L, 237L, 48L)));
        assertTrue(WarmUps.converged(List.of(1086L, 608L, 237L, 48L, 45L, 46L)), "two rounds no quicker");
    }

    @Test
    void oneRoundNoQuickerIsNotEnough() {
        assertFalse(WarmUps.converged(List.of(1073L, 576L, 558L)), "the compiler had not delivered yet");
    }

    @Test
    void stopsAfterThreeWhenTheCodeWasAlreadyCompiled() {
        assertTrue(WarmUps.converged(List.of(221L, 218L, 219L)), "a redeployment in a running server: the code was compiled");
    }
}
