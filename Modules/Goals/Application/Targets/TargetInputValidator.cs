using FluentValidation;
using FluentValidation.Results;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Goals.Application.Targets;

/// <summary>The target form's rules, the same <see cref="TargetText"/> the command reads with (messages are resource keys).</summary>
internal sealed class TargetInputValidator : AbstractValidator<TargetInput>
{
    public TargetInputValidator()
    {
        RuleFor(x => x).Custom((input, context) =>
        {
            void Add(string property, DomainException? refusal)
            {
                if (refusal is not null)
                {
                    context.AddFailure(new ValidationFailure(property, refusal.Key) { CustomState = refusal.Arguments.ToArray() });
                }
            }

            if (input.Id is null)
            {
                Add(nameof(TargetInput.Period), TargetText.Problem(() => TargetText.Period(input.Period)));
                Add(nameof(TargetInput.Who), TargetText.Problem(() => TargetText.Scope(input.Scope)));
            }
            var metric = TargetText.Problem(() => TargetText.Metric(input.Metric));
            Add(nameof(TargetInput.Metric), metric);
            if (metric is null)
            {
                Add(nameof(TargetInput.Amount), TargetText.Problem(() => TargetText.Amount(TargetText.Metric(input.Metric), input.Amount)));
            }
            for (var i = 0; i < input.KeyActions.Count; i++)
            {
                var line = input.KeyActions[i];
                Add($"KeyActions[{i}].Quantity", TargetText.Problem(() => TargetText.Quantity(line.Quantity)));
            }
        });
    }
}
