using FluentValidation;
using FluentValidation.Results;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Goals.Application.Targets;

/// <summary>Each share reads as an amount of the metric (zero allowed: no target for that line); the sum is the command's check.</summary>
internal sealed class SplitInputValidator : AbstractValidator<SplitInput>
{
    public SplitInputValidator()
    {
        RuleFor(x => x).Custom((input, context) =>
        {
            var metric = TargetText.Problem(() => TargetText.Metric(input.Metric)) is null ? TargetText.Metric(input.Metric) : (ResultMetric?)null;
            for (var i = 0; i < input.Lines.Count; i++)
            {
                var line = input.Lines[i];
                var refusal = metric is { } m
                    ? TargetText.Problem(() => TargetText.Share(m, line.Amount))
                    : TargetText.Number(line.Amount) is null && !string.IsNullOrWhiteSpace(line.Amount)
                        ? new DomainException("Targets_Error_Number")
                        : null;
                if (refusal is not null)
                {
                    context.AddFailure(new ValidationFailure($"Lines[{i}].Amount", refusal.Key) { CustomState = refusal.Arguments.ToArray() });
                }
            }
        });
    }
}
