namespace TradeApi.Extraction;

// Written by bench/train-confidence.py --write; do not edit by hand. Logistic regression weights in the order of
// Confidence.FeatureNames, fitted on 596 facts judged on unseen texts (bench/judged) and reviewed facts.
internal static class ConfidenceModel
{
    public const double Intercept = -0.8159;
    public const double Floor = 0.05;
    public static readonly double[] Weights = [0.1852, -0.7001, 0.8110, 0.9481, -1.0157, 0.9396, 0.0713, -0.6819, 0.3229, 0.3229, 0.2790, -0.2281, -0.3853, -0.3855, 0.7339, -0.5591, 0.7332, 0.3299, 0.6181, -0.1649, 0.0555, -0.0351, 0.0000];
}
