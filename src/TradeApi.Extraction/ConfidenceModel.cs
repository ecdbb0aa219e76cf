namespace TradeApi.Extraction;

// Written by bench/train-confidence.py --write; do not edit by hand. Logistic regression weights in the order of
// Confidence.FeatureNames, fitted on 671 facts judged on unseen texts (bench/judged) and reviewed facts.
internal static class ConfidenceModel
{
    public const double Intercept = -0.4979;
    public const double Floor = 0.05;
    public static readonly double[] Weights = [0.2855, -0.8562, 0.7199, 0.9432, -1.0449, 0.9207, -0.0991, -0.8436, 0.3853, 0.3853, 0.3779, -0.1887, -0.3818, -0.3609, 0.3266, -0.5973, 0.4699, 0.4801, 0.2595, 0.1478, 0.1950, 0.0476, 0.0000];
}
