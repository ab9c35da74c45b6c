package fr.ccibusiness.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpsTest {

    @Test
    void goesOnWhileTheRoundsGetClearlyQuicker() {
        assertFalse(WarmUps.converged(List.of()));
        assertFalse(WarmUps.converged(List.of(1027L)));
        assertFalse(WarmUps.converged(List.of(1027L, 582L, 513L)), "still being compiled");
        assertFalse(WarmUps.converged(List.of(1027L, 582L, 513L, 46L, 44L)));
        assertTrue(WarmUps.converged(List.of(1027L, 582L, 513L, 46L, 44L, 44L, 45L)), "three rounds no quicker");
    }

    @Test
    void twoRoundsNoQuickerAreNotEnough() {
        assertFalse(WarmUps.converged(List.of(838L, 576L, 575L, 571L)), "the compiler had not delivered yet");
    }

    @Test
    void stopsAfterFourWhenTheCodeWasAlreadyCompiled() {
        assertFalse(WarmUps.converged(List.of(187L, 188L, 187L)));
        assertTrue(WarmUps.converged(List.of(187L, 188L, 187L, 186L)), "a redeployment in a running server: the code was compiled");
    }
}
