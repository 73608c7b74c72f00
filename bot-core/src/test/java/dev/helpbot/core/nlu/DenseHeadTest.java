package dev.helpbot.core.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DenseHeadTest {

    /** Three clusters of unit-ish vectors around different directions, 60 points each. */
    private static float[][] points(Random random, int[] labels) {
        float[][] points = new float[labels.length][8];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 3;
            for (int j = 0; j < 8; j++) {
                points[i][j] = (float) (random.nextGaussian() * 0.3 + (j == labels[i] ? 1.0 : 0.0));
            }
        }
        return points;
    }

    @Test
    void train_separableClusters_classifiesNewPointsOfEachCluster() {
        int[] labels = new int[180];
        DenseHead head = DenseHead.train(points(new Random(1), labels), labels, 3, DenseHead.Settings.DEFAULT);

        int[] testLabels = new int[90];
        float[][] test = points(new Random(2), testLabels);
        int correct = 0;
        for (int i = 0; i < test.length; i++) {
            double[] p = head.probabilities(test[i]);
            assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-9));
            int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
            correct += best == testLabels[i] ? 1 : 0;
        }
        assertThat(correct).isGreaterThanOrEqualTo(85);
    }

    @Test
    void writeThenRead_givesTheSameProbabilities() throws IOException {
        int[] labels = new int[60];
        float[][] points = points(new Random(3), labels);
        DenseHead head = DenseHead.train(points, labels, 3, DenseHead.Settings.DEFAULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        head.write(new DataOutputStream(bytes));

        DenseHead read = DenseHead.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        assertThat(read.probabilities(points[7])).containsExactly(head.probabilities(points[7]));
    }

    @Test
    void train_twice_isDeterministic() {
        int[] labels = new int[60];
        float[][] points = points(new Random(4), labels);
        DenseHead first = DenseHead.train(points, labels, 3, DenseHead.Settings.DEFAULT);
        DenseHead second = DenseHead.train(points, labels, 3, DenseHead.Settings.DEFAULT);
        assertThat(second.probabilities(points[0])).containsExactly(first.probabilities(points[0]));
    }
}
