using System.Numerics.Tensors;

namespace OpenTalent.Text.Skills.Retrieval;

/// <summary>
/// An inverted-file index over skill vectors: spherical k-means groups the skills, and a query scores only
/// the skills of its nearest groups, so dense retrieval costs a few hundred dot products instead of one per skill.
/// </summary>
public sealed class SkillClusters
{
    private readonly float[] centroids;
    private readonly int[] memberStarts;
    private readonly int[] members;

    private SkillClusters(int count, int dimensions, float[] centroids, int[] memberStarts, int[] members)
    {
        Count = count;
        Dimensions = dimensions;
        this.centroids = centroids;
        this.memberStarts = memberStarts;
        this.members = members;
    }

    public int Count { get; }

    public int Dimensions { get; }

    /// <summary>Clusters the unit <paramref name="vectors"/> (count × dimensions, row-major) into at most <paramref name="clusters"/> groups.</summary>
    public static SkillClusters Build(float[] vectors, int dimensions, int clusters, int iterations = 8, int seed = 5)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var count = vectors.Length / dimensions;
        clusters = Math.Max(1, Math.Min(clusters, count));
        var centroids = new float[clusters * dimensions];
        var random = new Random(seed);
        var chosen = Enumerable.Range(0, count).OrderBy(_ => random.Next()).Take(clusters).ToArray();
        for (var c = 0; c < clusters; c++)
        {
            vectors.AsSpan(chosen[c] * dimensions, dimensions).CopyTo(centroids.AsSpan(c * dimensions, dimensions));
        }

        var assignment = new int[count];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Parallel.For(0, count, i => assignment[i] = Nearest(centroids, clusters, dimensions, vectors.AsSpan(i * dimensions, dimensions)));
            Array.Clear(centroids);
            for (var i = 0; i < count; i++)
            {
                var target = centroids.AsSpan(assignment[i] * dimensions, dimensions);
                TensorPrimitives.Add(target, vectors.AsSpan(i * dimensions, dimensions), target);
            }

            for (var c = 0; c < clusters; c++)
            {
                var centroid = centroids.AsSpan(c * dimensions, dimensions);
                var norm = TensorPrimitives.Norm(centroid);
                if (norm > 0)
                {
                    TensorPrimitives.Divide(centroid, norm, centroid);
                }
                else
                {
                    // An emptied cluster restarts on a random skill.
                    vectors.AsSpan(random.Next(count) * dimensions, dimensions).CopyTo(centroid);
                }
            }
        }

        Parallel.For(0, count, i => assignment[i] = Nearest(centroids, clusters, dimensions, vectors.AsSpan(i * dimensions, dimensions)));
        var starts = new int[clusters + 1];
        foreach (var c in assignment)
        {
            starts[c + 1]++;
        }

        for (var c = 0; c < clusters; c++)
        {
            starts[c + 1] += starts[c];
        }

        var fill = (int[])starts.Clone();
        var members = new int[count];
        for (var i = 0; i < count; i++)
        {
            members[fill[assignment[i]]++] = i;
        }

        return new SkillClusters(clusters, dimensions, centroids, starts, members);
    }

    /// <summary>The cluster whose centroid is nearest to <paramref name="query"/>; <paramref name="similarities"/> is scratch of at least <see cref="Count"/>.</summary>
    public int Nearest(ReadOnlySpan<float> query, float[] similarities)
    {
        ArgumentNullException.ThrowIfNull(similarities);
        for (var c = 0; c < Count; c++)
        {
            similarities[c] = DenseMath.Dot(query, centroids.AsSpan(c * Dimensions, Dimensions));
        }

        return TensorPrimitives.IndexOfMax(similarities.AsSpan(0, Count));
    }

    /// <summary>Every skill once, cluster after cluster: the members of cluster <c>c</c> sit from <see cref="FirstPosition"/>(c) on.</summary>
    public ReadOnlySpan<int> Order => members;

    /// <summary>Where the members of <paramref name="cluster"/> start in <see cref="Order"/>.</summary>
    public int FirstPosition(int cluster) => memberStarts[cluster];

    public ReadOnlySpan<int> Members(int cluster) => members.AsSpan(memberStarts[cluster], memberStarts[cluster + 1] - memberStarts[cluster]);

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Count);
        writer.Write(Dimensions);
        BinaryArrays.Write(writer, centroids);
        BinaryArrays.Write(writer, memberStarts);
        BinaryArrays.Write(writer, members);
    }

    public static SkillClusters Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        var dimensions = reader.ReadInt32();
        return new SkillClusters(count, dimensions, BinaryArrays.ReadSingles(reader), BinaryArrays.ReadInt32s(reader), BinaryArrays.ReadInt32s(reader));
    }

    private static int Nearest(float[] centroids, int clusters, int dimensions, ReadOnlySpan<float> vector)
    {
        var best = 0;
        var bestSimilarity = float.NegativeInfinity;
        for (var c = 0; c < clusters; c++)
        {
            var similarity = TensorPrimitives.Dot(vector, centroids.AsSpan(c * dimensions, dimensions));
            if (similarity > bestSimilarity)
            {
                (best, bestSimilarity) = (c, similarity);
            }
        }

        return best;
    }
}
