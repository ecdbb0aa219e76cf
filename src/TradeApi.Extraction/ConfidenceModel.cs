namespace TradeApi.Extraction;

// Written by bench/train-confidence.py --write; do not edit by hand. Logistic regression weights in the order of
// Confidence.FeatureNames, fitted on 993 facts judged on unseen texts (bench/judged) and reviewed facts.
internal static class ConfidenceModel
{
    public const double Intercept = -0.5363;
    public const double Floor = 0.05;
    public static readonly double[] Weights = [0.4676, -0.6245, 0.5969, 1.0086, -0.9321, 0.7335, -0.4048, -0.9094, 0.0893, -0.1883, 0.2589, -0.5176, -0.3823, 0.1094, 0.0305, -0.9510, 0.6729, -0.0500, 0.6743, 0.0546, 0.1851, 0.0307, 0.0000];
}
