namespace TradeApi.Extraction;

// Written by bench/train-confidence.py --write; do not edit by hand. Logistic regression weights in the order of
// Confidence.FeatureNames, fitted on 836 facts judged on unseen texts (bench/judged) and reviewed facts.
internal static class ConfidenceModel
{
    public const double Intercept = -0.6734;
    public const double Floor = 0.05;
    public static readonly double[] Weights = [0.3575, -0.8271, 0.6199, 0.9286, -0.8589, 0.6303, -0.2630, -0.8541, 0.3947, 0.3947, 0.3235, -0.3922, -0.3747, -0.1715, 0.2896, -0.6877, 0.8201, 0.2123, 0.5392, -0.0193, 0.0879, 0.1333, 0.0000];
}
