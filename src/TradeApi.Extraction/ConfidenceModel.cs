namespace TradeApi.Extraction;

// Written by bench/train-confidence.py --write; do not edit by hand. Logistic regression weights in the order of
// Confidence.FeatureNames, fitted on 192 facts judged on unseen texts (bench/judged) and reviewed facts.
internal static class ConfidenceModel
{
    public const double Intercept = -0.2962;
    public const double Floor = 0.10;
    public static readonly double[] Weights = [-0.1094, -1.1116, 0.2812, 0.6922, -1.3375, 0.8815, -0.5071, -0.8845, 0.0700, 0.0700, 0.2235, 0.0630, 0.0549, -0.4958, 0.4713, 0.2192, 1.1753, -0.0352, 0.2183, -0.3435, 0.1346, -0.0845, 0.0000];
}
