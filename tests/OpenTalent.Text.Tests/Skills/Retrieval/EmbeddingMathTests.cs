using OpenTalent.Text.Embeddings;

namespace OpenTalent.Text.Tests.Skills.Retrieval;

public sealed class EmbeddingMathTests
{
    [Fact]
    public void Jacobi_finds_the_eigenvalues_of_a_symmetric_matrix()
    {
        var (values, vectors) = SymmetricEigen.Decompose([2, 1, 1, 2], 2);

        values[0].ShouldBe(3, 1e-9);
        values[1].ShouldBe(1, 1e-9);
        Math.Abs(vectors[0]).ShouldBe(Math.Sqrt(0.5), 1e-9);
        (vectors[0] * vectors[2]).ShouldBeGreaterThan(0); // (1, 1) / √2 for the eigenvalue 3
    }

    [Fact]
    public void Randomized_svd_recovers_the_singular_values_and_vectors_of_a_small_matrix()
    {
        // A = [[3, 0], [0, 2], [0, 0], [0, 0]]: singular values 3 and 2, left vectors e1 and e2.
        var matrix = SparseMatrix.FromDense(new float[,] { { 3, 0 }, { 0, 2 }, { 0, 0 }, { 0, 0 } });

        var svd = RandomizedSvd.Compute(matrix, rank: 2);

        svd.SingularValues[0].ShouldBe(3, 1e-4);
        svd.SingularValues[1].ShouldBe(2, 1e-4);
        ((double)Math.Abs(svd.LeftVectors[0])).ShouldBe(1, 1e-4); // U[0, 0]
        ((double)Math.Abs(svd.LeftVectors[3])).ShouldBe(1, 1e-4); // U[1, 1]
        svd.LeftVectors[1].ShouldBe(0f, 1e-4f);
    }

    [Fact]
    public void Randomized_svd_truncates_to_the_strongest_direction_of_a_rank_one_matrix()
    {
        // u vᵀ with u = (1, 2, 2) / 3 · 6 and v = (1, 0, 0, 0): one singular value, 6.
        var matrix = SparseMatrix.FromDense(new float[,] { { 2, 0, 0, 0 }, { 4, 0, 0, 0 }, { 4, 0, 0, 0 } });

        var svd = RandomizedSvd.Compute(matrix, rank: 1, oversampling: 2);

        svd.SingularValues[0].ShouldBe(6, 1e-4);
        ((double)Math.Abs(svd.LeftVectors[1])).ShouldBe(2.0 / 3, 1e-4);
    }

    [Fact]
    public void Ppmi_keeps_only_pairs_seen_more_often_than_chance()
    {
        var counts = new CooccurrenceCounts(4);
        for (var i = 0; i < 10; i++)
        {
            counts.AddSequence([0, 1], 1);
            counts.AddSequence([2, 3], 1);
        }

        counts.AddSequence([0, 2], 1);
        var ppmi = counts.ToPpmi();

        ppmi.NonZeros.ShouldBe(4); // 0–1 and 2–3 both ways; 0–2 is rarer than chance
    }

    [Fact]
    public void Word_vectors_put_words_that_share_contexts_together()
    {
        var counts = new CooccurrenceCounts(6);
        for (var i = 0; i < 20; i++)
        {
            counts.AddSequence([0, 2], 1); // 0 and 1 both occur with 2
            counts.AddSequence([1, 2], 1);
            counts.AddSequence([3, 5], 1); // 3 and 4 both occur with 5
            counts.AddSequence([4, 5], 1);
        }

        var vectors = WordVectors.Learn(counts, 3);
        var same = Dot(vectors[0], vectors[1]);
        var different = Dot(vectors[0], vectors[3]);

        same.ShouldBeGreaterThan(different + 0.5f);
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => System.Numerics.Tensors.TensorPrimitives.Dot(a, b);
}
