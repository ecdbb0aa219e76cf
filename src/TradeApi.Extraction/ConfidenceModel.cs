namespace TradeApi.Extraction;

// Written by bench/train-confidence.py --write; do not edit by hand. Logistic regression weights in the order of
// Confidence.FeatureNames. On 143 facts judged on unseen texts (bench/judged) the features did not beat the base rate
// with each publisher held out, so every weight is 0 and the intercept is the share of facts right on unseen texts
// (0.761: the judged facts and ../shared/corpus/sealed's totals).
internal static class ConfidenceModel
{
    public const double Intercept = 1.1567;
    public static readonly double[] Weights = [0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000];
}
