namespace TradeApi.Extraction;

// Written by bench/train-confidence.py --write; do not edit by hand. Logistic regression weights in the order of
// Confidence.FeatureNames, fitted on 553 facts judged on unseen texts (bench/judged) and reviewed facts.
internal static class ConfidenceModel
{
    public const double Intercept = -0.9054;
    public const double Floor = 0.05;
    public static readonly double[] Weights = [0.2659, -0.7277, 0.6502, 1.0091, -1.0784, 0.9371, -0.0867, -0.8893, 0.2591, 0.2591, 0.2571, -0.1344, -0.2991, -0.3806, 0.7764, -0.4848, 0.9017, 0.4000, 0.4448, -0.1918, 0.2309, -0.2309, 0.0000];
}
