namespace TradeApi.Extraction;

// Written by bench/train-confidence.py --write; do not edit by hand. Logistic regression weights in the order of
// Confidence.FeatureNames, fitted on 1181 facts judged on unseen texts (bench/judged) and reviewed facts.
internal static class ConfidenceModel
{
    public const double Intercept = -0.7325;
    public const double Floor = 0.15;
    public static readonly double[] Weights = [0.4307, -0.6076, 0.6540, 0.8787, -0.6751, 0.5080, -0.4064, -0.7940, 0.0020, -0.2281, 0.3954, -0.4555, -0.3314, 0.1533, 0.0630, -0.2313, 0.7868, -0.1623, 1.0835, -0.1884, 0.1107, -0.1527, 0.0000];
}
